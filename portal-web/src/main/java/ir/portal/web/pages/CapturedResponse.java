package ir.portal.web.pages;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is held until the page is rendered, so that it can be kept and then written; headers go
 * straight through. It tells whether the page may be kept: a 200 that set no cookie and sent no error.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean keepable = true;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("A kept page is written at once");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // held until the page is complete
    }

    @Override
    public void addCookie(Cookie cookie) {
        keepable = false;
        super.addCookie(cookie);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        keepable = false;
        flushHeld();
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        keepable = false;
        flushHeld();
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        keepable = false;
        super.sendRedirect(location);
    }

    private void flushHeld() {
        body.reset();
    }

    /** What was rendered, all of it. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    boolean isKeepable() {
        return keepable && getStatus() == HttpServletResponse.SC_OK && !containsHeader("Set-Cookie");
    }
}
