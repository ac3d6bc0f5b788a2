package org.chainmap.analysis.projection;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file of typed arrays written and read in bulk through a buffer of {@value #BUFFER} bytes: each array is its length
 * and then its elements, little-endian. Strings go as their lengths in UTF-8 bytes ({@code -1} for null) and then one
 * run of bytes, so reading a million of them is two bulk reads and a million {@code new String}s. Nothing in the
 * file says what an array is: writer and reader must agree on the order, which {@link ProjectionSnapshot} keeps.
 */
final class ColumnFile {
    static final int BUFFER = 1 << 20;

    private ColumnFile() {}

    static final class Writer implements Closeable {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);

        Writer(Path file) throws IOException {
            this.channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        }

        void longValue(long v) throws IOException {
            room(Long.BYTES);
            buffer.putLong(v);
        }

        void ints(int[] a) throws IOException {
            longValue(a.length);
            for (int done = 0; done < a.length; ) {
                room(Integer.BYTES);
                int n = Math.min(a.length - done, buffer.remaining() / Integer.BYTES);
                buffer.asIntBuffer().put(a, done, n);
                buffer.position(buffer.position() + n * Integer.BYTES);
                done += n;
            }
        }

        void longs(long[] a) throws IOException {
            longValue(a.length);
            for (int done = 0; done < a.length; ) {
                room(Long.BYTES);
                int n = Math.min(a.length - done, buffer.remaining() / Long.BYTES);
                buffer.asLongBuffer().put(a, done, n);
                buffer.position(buffer.position() + n * Long.BYTES);
                done += n;
            }
        }

        void doubles(double[] a) throws IOException {
            longValue(a.length);
            for (int done = 0; done < a.length; ) {
                room(Double.BYTES);
                int n = Math.min(a.length - done, buffer.remaining() / Double.BYTES);
                buffer.asDoubleBuffer().put(a, done, n);
                buffer.position(buffer.position() + n * Double.BYTES);
                done += n;
            }
        }

        void bytes(byte[] a) throws IOException {
            longValue(a.length);
            for (int done = 0; done < a.length; ) {
                room(1);
                int n = Math.min(a.length - done, buffer.remaining());
                buffer.put(a, done, n);
                done += n;
            }
        }

        void strings(String[] a) throws IOException {
            int[] lengths = new int[a.length];
            byte[][] encoded = new byte[a.length][];
            long total = 0;
            for (int i = 0; i < a.length; i++) {
                if (a[i] == null) {
                    lengths[i] = -1;
                } else {
                    encoded[i] = a[i].getBytes(StandardCharsets.UTF_8);
                    lengths[i] = encoded[i].length;
                    total += lengths[i];
                }
            }
            ints(lengths);
            longValue(total);
            for (byte[] e : encoded) {
                if (e != null) {
                    for (int done = 0; done < e.length; ) {
                        room(1);
                        int n = Math.min(e.length - done, buffer.remaining());
                        buffer.put(e, done, n);
                        done += n;
                    }
                }
            }
        }

        /**
         * Strings of which few are distinct (regions, sources, dates): the distinct ones once, then a code per
         * element. Reading them back gives one copy of each distinct string.
         */
        void coded(String[] a) throws IOException {
            java.util.Map<String, Integer> codes = new java.util.HashMap<>();
            java.util.List<String> distinct = new java.util.ArrayList<>();
            int[] code = new int[a.length];
            for (int i = 0; i < a.length; i++) {
                if (a[i] == null) {
                    code[i] = -1;
                } else {
                    String s = a[i];
                    code[i] = codes.computeIfAbsent(s, k -> {
                        distinct.add(k);
                        return distinct.size() - 1;
                    });
                }
            }
            strings(distinct.toArray(String[]::new));
            ints(code);
        }

        /** Makes room for at least {@code bytes} in the buffer, writing it out when it is too full. */
        private void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                flush();
            }
        }

        private void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        /** Writes what is buffered and forces it to the disk. */
        @Override
        public void close() throws IOException {
            try (channel) {
                flush();
                channel.force(true);
            }
        }
    }

    static final class Reader implements Closeable {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);

        Reader(Path file) throws IOException {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
            buffer.limit(0);
        }

        long longValue() throws IOException {
            need(Long.BYTES);
            return buffer.getLong();
        }

        int[] ints() throws IOException {
            int[] a = new int[length()];
            for (int done = 0; done < a.length; ) {
                need(Integer.BYTES);
                int n = Math.min(a.length - done, buffer.remaining() / Integer.BYTES);
                buffer.asIntBuffer().get(a, done, n);
                buffer.position(buffer.position() + n * Integer.BYTES);
                done += n;
            }
            return a;
        }

        long[] longs() throws IOException {
            long[] a = new long[length()];
            for (int done = 0; done < a.length; ) {
                need(Long.BYTES);
                int n = Math.min(a.length - done, buffer.remaining() / Long.BYTES);
                buffer.asLongBuffer().get(a, done, n);
                buffer.position(buffer.position() + n * Long.BYTES);
                done += n;
            }
            return a;
        }

        double[] doubles() throws IOException {
            double[] a = new double[length()];
            for (int done = 0; done < a.length; ) {
                need(Double.BYTES);
                int n = Math.min(a.length - done, buffer.remaining() / Double.BYTES);
                buffer.asDoubleBuffer().get(a, done, n);
                buffer.position(buffer.position() + n * Double.BYTES);
                done += n;
            }
            return a;
        }

        byte[] bytes() throws IOException {
            byte[] a = new byte[length()];
            fill(a);
            return a;
        }

        String[] strings() throws IOException {
            int[] lengths = ints();
            long total = longValue();
            if (total > Integer.MAX_VALUE) {
                throw new IOException("a run of strings of " + total + " bytes");
            }
            byte[] all = new byte[(int) total];
            fill(all);
            String[] a = new String[lengths.length];
            int at = 0;
            for (int i = 0; i < a.length; i++) {
                if (lengths[i] >= 0) {
                    a[i] = new String(all, at, lengths[i], StandardCharsets.UTF_8);
                    at += lengths[i];
                }
            }
            return a;
        }

        /** What {@link Writer#coded} wrote. */
        String[] coded() throws IOException {
            String[] distinct = strings();
            int[] code = ints();
            String[] a = new String[code.length];
            for (int i = 0; i < a.length; i++) {
                if (code[i] >= distinct.length) {
                    throw new IOException("a string coded " + code[i] + " of " + distinct.length);
                }
                a[i] = code[i] < 0 ? null : distinct[code[i]];
            }
            return a;
        }

        private void fill(byte[] a) throws IOException {
            for (int done = 0; done < a.length; ) {
                need(1);
                int n = Math.min(a.length - done, buffer.remaining());
                buffer.get(a, done, n);
                done += n;
            }
        }

        private int length() throws IOException {
            long n = longValue();
            if (n < 0 || n > Integer.MAX_VALUE - 8) {
                throw new IOException("an array of " + n + " elements");
            }
            return (int) n;
        }

        /** Makes at least {@code bytes} readable in the buffer, reading on from the file. */
        private void need(int bytes) throws IOException {
            if (buffer.remaining() >= bytes) {
                return;
            }
            buffer.compact();
            while (buffer.position() < bytes) {
                if (channel.read(buffer) < 0) {
                    throw new EOFException("the file ends early");
                }
            }
            buffer.flip();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
