package ir.portal.platform.files;

/** A kept file as a list shows it: no bytes. */
public record KeptFileView(long id, String fileName, String mediaType, long size) {

    static final String SELECT = "SELECT NEW ir.portal.platform.files.KeptFileView(f.id, f.fileName, f.mediaType,"
            + " f.size) FROM KeptFile f";
}
