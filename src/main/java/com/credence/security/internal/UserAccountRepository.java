package com.credence.security.internal;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    /** A page of users without counting them all. */
    Slice<UserAccount> findBy(Pageable pageable);

    boolean existsByUsername(String username);

    @Query("select count(distinct u) from UserAccount u join u.roles r where u.enabled = true and r = :role")
    long countEnabledWithRole(String role);

    /**
     * Reserves one password check: only when the failures so far and the checks under way are below
     * the limit and the account is not locked. One statement, so parallel sign-ins cannot all pass.
     */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.transaction.annotation.Transactional
    @Query("""
            update UserAccount u set u.signInsInProgress = u.signInsInProgress + 1
            where u.username = :username and u.failedSignIns + u.signInsInProgress < :max
              and (u.lockedUntil is null or u.lockedUntil <= :now)""")
    int reserveSignIn(String username, int max, java.time.Instant now);

    /** A reserved check failed: one more failure, the reservation given back. */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.transaction.annotation.Transactional
    @Query("""
            update UserAccount u set u.failedSignIns = u.failedSignIns + 1,
                   u.signInsInProgress = case when u.signInsInProgress > 0 then u.signInsInProgress - 1 else 0 end
            where u.username = :username""")
    int signInFailed(String username);

    /** Locks the account when the failures reached the limit (and starts the count again). */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.transaction.annotation.Transactional
    @Query("""
            update UserAccount u set u.lockedUntil = :until, u.failedSignIns = 0
            where u.username = :username and u.failedSignIns >= :max""")
    int lockIfOverLimit(String username, int max, java.time.Instant until);

    /** A reserved check ended without a verdict on the password (the account is disabled, say): the reservation given back. */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.transaction.annotation.Transactional
    @Query("""
            update UserAccount u set u.signInsInProgress = case when u.signInsInProgress > 0 then u.signInsInProgress - 1 else 0 end
            where u.username = :username""")
    int releaseSignIn(String username);

    /**
     * After a right password: the failures are forgotten, but only when no other check is under way and
     * the account was not locked meanwhile (so a right guess among parallel wrong ones clears nothing).
     */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.transaction.annotation.Transactional
    @Query("""
            update UserAccount u set u.failedSignIns = 0, u.lockedUntil = null
            where u.username = :username and u.signInsInProgress = 0 and (u.lockedUntil is null or u.lockedUntil <= :now)""")
    int clearFailures(String username, java.time.Instant now);

    /** At start: no check can be under way (single instance; see the README). */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.transaction.annotation.Transactional
    @Query("update UserAccount u set u.signInsInProgress = 0 where u.signInsInProgress <> 0")
    int forgetSignInsInProgress();
}
