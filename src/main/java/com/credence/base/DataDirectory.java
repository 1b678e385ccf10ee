package com.credence.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The data directory ({@code credence.data-dir}: the H2 database, exports) is its owner's alone: made
 * (or set) rwx------ before the database opens, so the database file inside is out of other users'
 * reach from its first byte, and the database files are set rw------- once the app is up.
 */
@Component
public class DataDirectory implements BeanPostProcessor, EnvironmentAware, ApplicationListener<ApplicationReadyEvent> {

    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private Path dir = Path.of("./data");

    @Override
    public void setEnvironment(Environment environment) {
        dir = Path.of(environment.getProperty("credence.data-dir", "./data"));
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            secure(dir);
        }
        return bean;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        secureFiles(dir);
    }

    /** Makes the directory (with its parents) owner-only, or sets an existing one so; nothing on file systems without POSIX rights. */
    public static void secure(Path dir) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try {
            if (Files.isDirectory(dir)) {
                Files.setPosixFilePermissions(dir, OWNER_DIR);
            } else {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the data directory " + dir + " its owner's only", e);
        }
    }

    /** The database files in the directory set owner-only (rw-------). */
    public static void secureFiles(Path dir) {
        if (!Files.isDirectory(dir) || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".db")).toList()) {
                Files.setPosixFilePermissions(f, OWNER_FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the database files in " + dir + " their owner's only", e);
        }
    }
}
