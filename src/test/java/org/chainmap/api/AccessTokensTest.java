package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTokensTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadRolesFromAFileWithComments() throws Exception {
        Path file = Files.writeString(dir.resolve("tokens"), """
                # who may do what
                viewer  view-0123456789abcdef   招商一组
                EDITOR  edit-0123456789abcdef

                admin   root-0123456789abcdef   operations
                """);
        AccessTokens tokens = AccessTokens.load(file, null);

        assertThat(tokens.size()).isEqualTo(3);
        assertThat(tokens.roleOf("view-0123456789abcdef")).contains(Role.VIEWER);
        assertThat(tokens.roleOf("edit-0123456789abcdef")).contains(Role.EDITOR);
        assertThat(tokens.roleOf("root-0123456789abcdef")).contains(Role.ADMIN);
        assertThat(tokens.roleOf("view-0123456789abcdeX")).isEmpty();
        assertThat(tokens.roleOf("")).isEmpty();
        assertThat(tokens.roleOf(null)).isEmpty();
    }

    @Test
    void shouldReadRoleTokenPairsFromTheEnvironment() {
        AccessTokens tokens = AccessTokens.load(null, "editor:edit-0123456789abcdef, viewer:view-0123456789abcdef");
        assertThat(tokens.roleOf("edit-0123456789abcdef")).contains(Role.EDITOR);
        assertThat(tokens.roleOf("view-0123456789abcdef")).contains(Role.VIEWER);
    }

    @Test
    void shouldNameTheLineOfAnUnknownRole() throws Exception {
        Path file =
                Files.writeString(dir.resolve("tokens"), "viewer view-0123456789abcdef\nowner x-0123456789abcdefg\n");
        assertThatThrownBy(() -> AccessTokens.load(file, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + ":2: unknown role 'owner', expected viewer, editor or admin");
    }

    @Test
    void shouldRefuseATokenThatCouldBeGuessed() {
        assertThatThrownBy(() -> AccessTokens.load(null, "editor:secret"))
                .hasMessageContaining("at least 16 characters");
    }

    @Test
    void shouldLetEachRoleDoWhatTheRolesBeforeItMay() {
        assertThat(Role.ADMIN.includes(Role.EDITOR)).isTrue();
        assertThat(Role.EDITOR.includes(Role.VIEWER)).isTrue();
        assertThat(Role.VIEWER.includes(Role.EDITOR)).isFalse();
    }
}
