package ir.portal.platform.files;

/** A kept file as it goes back to a person: the safe name it was stored under, its detected type, its bytes. */
public record StoredFile(String fileName, String mediaType, byte[] content) {

    public StoredFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
