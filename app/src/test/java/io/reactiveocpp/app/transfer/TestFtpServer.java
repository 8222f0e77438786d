package io.reactiveocpp.app.transfer;

import org.apache.ftpserver.DataConnectionConfigurationFactory;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.ftplet.DefaultFtpReply;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.ssl.SslConfiguration;
import org.apache.ftpserver.usermanager.ClearTextPasswordEncryptor;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Apache FtpServer on 127.0.0.1 for user {@code bob} / {@code s3cret-pw} with the home directory {@code root}
 * (writable); it records every command but PASS, and can refuse {@code SIZE}. With an SSL configuration it speaks
 * explicit FTPS (AUTH TLS, PROT P).
 */
public final class TestFtpServer implements AutoCloseable {

    public static final String USER = "bob";
    public static final String PASSWORD = "s3cret-pw";

    /** "COMMAND argument" of every command received, PASS excepted. */
    public final List<String> commands = new CopyOnWriteArrayList<>();
    volatile boolean refuseSize;
    private final FtpServer server;
    private final int port;

    public TestFtpServer(Path root, SslConfiguration tls) throws Exception {
        port = freePort();
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(port);
        DataConnectionConfigurationFactory data = new DataConnectionConfigurationFactory();
        data.setPassiveAddress("127.0.0.1");
        if (tls != null) {
            listener.setSslConfiguration(tls);
            listener.setImplicitSsl(false);
            data.setSslConfiguration(tls);
        }
        listener.setDataConnectionConfiguration(data.createDataConnectionConfiguration());
        factory.addListener("default", listener.createListener());
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        users.setPasswordEncryptor(new ClearTextPasswordEncryptor());
        var userManager = users.createUserManager();
        BaseUser bob = new BaseUser();
        bob.setName(USER);
        bob.setPassword(PASSWORD);
        bob.setHomeDirectory(root.toString());
        bob.setAuthorities(List.of(new WritePermission()));
        userManager.save(bob);
        factory.setUserManager(userManager);
        factory.setFtplets(new HashMap<>(Map.of("recorder", new DefaultFtplet() {
            @Override
            public FtpletResult beforeCommand(FtpSession session, FtpRequest request) throws FtpException, IOException {
                if (!request.getCommand().equalsIgnoreCase("PASS")) {
                    commands.add(request.getCommand() + (request.hasArgument() ? " " + request.getArgument() : ""));
                }
                if (refuseSize && request.getCommand().equalsIgnoreCase("SIZE")) {
                    session.write(new DefaultFtpReply(502, "SIZE not implemented"));
                    return FtpletResult.SKIP;
                }
                return super.beforeCommand(session, request);
            }
        })));
        server = factory.createServer();
        server.start();
    }

    public int port() {
        return port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
