package ir.portal.platform.files;

/** A file as it came from the browser: which slot of the form it is for, the name it had, its bytes. */
public record Upload(String slot, String fileName, byte[] content) {

    public Upload {
        content = content.clone();
    }

    public long size() {
        return content.length;
    }
}
