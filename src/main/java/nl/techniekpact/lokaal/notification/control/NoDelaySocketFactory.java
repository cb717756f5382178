package nl.techniekpact.lokaal.notification.control;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Plain sockets with Nagle's algorithm off, for SMTP. Jakarta Mail writes a message in two or more
 * writes and then waits for the server's reply; with Nagle on, the last write waits for the ACK of
 * the first, which the server delays because it has nothing to answer yet, once per message
 * (docs/performance.md). STARTTLS wraps this socket, so encrypted connections keep the setting.
 */
public class NoDelaySocketFactory extends SocketFactory {

  @Override
  public Socket createSocket() throws IOException {
    return noDelay(new Socket());
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return noDelay(new Socket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return noDelay(new Socket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return noDelay(new Socket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return noDelay(new Socket(address, port, localAddress, localPort));
  }

  private static Socket noDelay(Socket socket) throws IOException {
    socket.setTcpNoDelay(true);
    return socket;
  }
}
