package com.credence.export.internal;

import com.credence.export.ExportJobStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch export jobs. The worker's writes are single-statement updates guarded by the status they
 * expect, each committed at once: a cancel and the worker's progress never overwrite each other.
 */
public interface ExportJobRepository extends JpaRepository<ExportJob, String> {

    List<ExportJob> findByOwnerAndExpiresAtAfterOrderByCreatedAtDesc(String owner, Instant now);

    long countByOwnerAndStatusIn(String owner, Collection<ExportJobStatus> statuses);

    List<ExportJob> findByStatusIn(Collection<ExportJobStatus> statuses);

    List<ExportJob> findByExpiresAtBefore(Instant now);

    @Query("select j.status from ExportJob j where j.id = :id")
    @Nullable ExportJobStatus statusOf(String id);

    @Modifying
    @Transactional
    @Query("update ExportJob j set j.status = :to where j.id = :id and j.status = :from")
    int move(String id, ExportJobStatus from, ExportJobStatus to);

    @Modifying
    @Transactional
    @Query("update ExportJob j set j.done = :done where j.id = :id and j.status = com.credence.export.ExportJobStatus.RUNNING")
    int progress(String id, int done);

    @Modifying
    @Transactional
    @Query("""
            update ExportJob j set j.status = :to, j.done = :done, j.message = :message, j.fileSize = :size, j.finishedAt = :at,
                   j.expiresAt = :expires
            where j.id = :id and j.status = com.credence.export.ExportJobStatus.RUNNING""")
    int finish(String id, ExportJobStatus to, int done, @Nullable String message, @Nullable Long size, Instant at, Instant expires);

    @Modifying
    @Transactional
    @Query("""
            update ExportJob j set j.status = com.credence.export.ExportJobStatus.FAILED, j.message = :message, j.finishedAt = :at
            where j.id = :id and j.status in (com.credence.export.ExportJobStatus.QUEUED, com.credence.export.ExportJobStatus.RUNNING)""")
    int fail(String id, String message, Instant at);

    @Modifying
    @Transactional
    @Query("""
            update ExportJob j set j.status = com.credence.export.ExportJobStatus.CANCELLED, j.finishedAt = :at
            where j.id = :id and j.status in (com.credence.export.ExportJobStatus.QUEUED, com.credence.export.ExportJobStatus.RUNNING)""")
    int cancel(String id, Instant at);
}
