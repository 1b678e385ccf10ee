package com.credence.export.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where the zips of batch exports are kept: one file per job, written beside as ".part" and moved in place when whole. */
@Component
public class ExportFiles {

    private final Path dir;

    ExportFiles(@Value("${credence.exports.dir:${credence.data-dir:./data}/exports}") Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** The finished zip of a job (job ids are UUIDs, never a path). */
    public Path zip(String jobId) {
        return dir.resolve(safe(jobId) + ".zip");
    }

    Path part(String jobId) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(safe(jobId) + ".zip.part");
    }

    public void delete(String jobId) {
        try {
            Files.deleteIfExists(zip(jobId));
            Files.deleteIfExists(dir.resolve(safe(jobId) + ".zip.part"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safe(String jobId) {
        if (!jobId.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Not a job id");
        }
        return jobId;
    }
}
