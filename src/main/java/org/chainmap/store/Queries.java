package org.chainmap.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The Cypher of chainmap, kept as {@code .cypher} resources: {@code cypher/queries/<name>.cypher} holds one named,
 * parameterised statement; schema files hold several, each ending with {@code ;} at the end of a line. Comments
 * ({@code //} to the end of a line, at the start of a line) are allowed. Each file is read once.
 */
public final class Queries {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*(\\R|$)");

    private Queries() {}

    /** The statement named {@code name}, e.g. {@code import/merge-chains} for {@code cypher/queries/import/merge-chains.cypher}. */
    public static String text(String name) {
        return CACHE.computeIfAbsent(name, n -> {
            List<String> statements = statements(read("cypher/queries/" + n + ".cypher"));
            if (statements.size() != 1) {
                throw new IllegalStateException("cypher/queries/" + n + ".cypher must hold exactly one statement");
            }
            return statements.getFirst();
        });
    }

    /** Reads a classpath resource as UTF-8. */
    static String read(String resource) {
        try (InputStream in = Queries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a file into statements on {@code ;} at the end of a line, dropping comment lines and blanks. */
    static List<String> statements(String file) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : file.split("\\R")) {
            if (!line.strip().startsWith("//")) {
                withoutComments.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String part : STATEMENT_END.split(withoutComments)) {
            if (!part.isBlank()) {
                statements.add(part.strip());
            }
        }
        return statements;
    }
}
