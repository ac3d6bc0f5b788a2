package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chainmap serve} on a port another program holds: one line that says so, and its own exit code. */
class ServeCommandIT {
    @TempDir
    Path dir;

    @Test
    void shouldSayInOneLineThatThePortIsInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            var cl = ChainmapCommand.commandLine();
            cl.setErr(new PrintWriter(err, true));
            int exit = cl.execute(
                    "serve",
                    "--data",
                    dir.resolve("data").toString(),
                    "--port",
                    Integer.toString(taken.getLocalPort()));
            assertThat(exit).isEqualTo(ServeCommand.EXIT_PORT_IN_USE);
            assertThat(err.toString().strip())
                    .isEqualTo(
                            "chainmap: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                                    + ": the port is in use (another chainmap serve?) or not allowed; choose another with --port")
                    .doesNotContain("\n");
        }
    }
}
