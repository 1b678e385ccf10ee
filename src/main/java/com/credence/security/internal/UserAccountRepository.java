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
}
