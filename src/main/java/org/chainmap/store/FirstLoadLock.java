package org.chainmap.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.chainmap.domain.ChainmapException;

/**
 * Held by the process of a first load from its checks to its end, so that two first loads of one data folder never
 * share its work folder (the marker file comes later, once the input has passed).
 */
final class FirstLoadLock {
    static final String NAME = "chainmap-initial-import.lock";

    private final FileChannel channel;

    private FirstLoadLock(FileChannel channel) {
        this.channel = channel;
    }

    /** The lock of a first load in {@code data}; refused while another holds it. */
    static FirstLoadLock take(Path data) {
        try {
            Files.createDirectories(data);
            FileChannel channel =
                    FileChannel.open(data.resolve(NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new ChainmapException("another first load (import --initial) is running on " + data);
            }
            return new FirstLoadLock(channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + data.resolve(NAME), e);
        }
    }

    /** Closing the channel releases the lock on it. */
    void release() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release " + NAME, e);
        }
    }
}
