package ir.portal.platform.pages;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A rendered page as it is kept: its content type, its Content-Security-Policy and its body, each cut where the
 * response's nonce stood, so that every response served from it gets a nonce of its own. Kept as bytes, the one
 * form any cache stores without knowing this class.
 */
public record KeptPage(String contentType, List<String> policy, List<byte[]> body) {

    /** The page as written to the cache. */
    byte[] toBytes() {
        ByteArrayOutputStream bytes =
                new ByteArrayOutputStream(body.stream().mapToInt(b -> b.length).sum() + 512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(contentType);
            out.writeInt(policy.size());
            for (String part : policy) {
                out.writeUTF(part);
            }
            out.writeInt(body.size());
            for (byte[] part : body) {
                out.writeInt(part.length);
                out.write(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static KeptPage fromBytes(byte[] kept) {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(kept))) {
            String contentType = in.readUTF();
            List<String> policy = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                policy.add(in.readUTF());
            }
            List<byte[]> body = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                body.add(in.readNBytes(in.readInt()));
            }
            return new KeptPage(contentType, policy, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The policy with {@code nonce} where the rendered response had its own. */
    public String policyWith(String nonce) {
        return String.join(nonce, policy);
    }
}
