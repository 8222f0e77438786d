package io.reactiveocpp.app.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal FTP server on 127.0.0.1 for one session that goes wrong: it announces a file of {@code size} bytes
 * (SIZE), sends only {@code sent} on the passive data connection and closes both connections.
 */
final class DroppingFtpServer implements AutoCloseable {

    final List<String> commands = new CopyOnWriteArrayList<>();
    private final ServerSocket control;
    private final ServerSocket data;
    private final Thread thread;

    DroppingFtpServer(long size, byte[] sent) throws IOException {
        InetAddress local = InetAddress.getByName("127.0.0.1");
        control = new ServerSocket(0, 1, local);
        data = new ServerSocket(0, 1, local);
        thread = new Thread(() -> serve(size, sent), "dropping-ftp");
        thread.start();
    }

    int port() {
        return control.getLocalPort();
    }

    private void serve(long size, byte[] sent) {
        try (Socket connection = control.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(),
                    StandardCharsets.US_ASCII));
            PrintWriter out = new PrintWriter(connection.getOutputStream(), true, StandardCharsets.US_ASCII);
            out.print("220 ready\r\n");
            out.flush();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.split(" ")[0].toUpperCase();
                commands.add(command);
                switch (command) {
                    case "USER" -> reply(out, "331 password please");
                    case "PASS" -> reply(out, "230 logged in");
                    case "TYPE" -> reply(out, "200 binary");
                    case "SIZE" -> reply(out, "213 " + size);
                    case "PASV" -> reply(out, "227 Entering Passive Mode (127,0,0,1," + (data.getLocalPort() >> 8)
                            + "," + (data.getLocalPort() & 0xff) + ")");
                    case "RETR" -> {
                        reply(out, "150 sending");
                        try (Socket transfer = data.accept()) {
                            OutputStream stream = transfer.getOutputStream();
                            stream.write(sent);
                            stream.flush();
                        }
                        return; // both connections drop
                    }
                    default -> reply(out, "502 not here");
                }
            }
        } catch (IOException e) {
            // the test sees what the client got
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws Exception {
        control.close();
        data.close();
        thread.join(5000);
    }
}
