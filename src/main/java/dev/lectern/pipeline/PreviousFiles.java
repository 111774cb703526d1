package dev.lectern.pipeline;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;

/**
 * The files of the site a build replaces, taken over by a fresh build: a file whose bytes are those the build
 * would write at its path is hard-linked into the work folder instead of written. No inode is made for it, and
 * none is freed when the replaced site is removed after the swap (on ext4 without a journal, making a file right
 * after many were freed costs a scan over them: docs/performance.md, "Rebuilding into the previous output"). A
 * linked file keeps its time by construction, as {@link dev.lectern.publish.UnchangedFiles} gives a written one.
 *
 * <p>A file is taken over only when it is what this build would have written: a regular file (not followed
 * through a symbolic link) of the same bytes, with no other name ({@code nlink} 1: not a user's hard link, nor a
 * file of a site kept elsewhere), and with the owner, group and permissions that writing it would give (those of
 * the marker this build wrote into its work folder). Anything else, and any failure to link (another file
 * system, a file system without hard links, {@code EPERM}), and the file is written as before.
 *
 * <p>The rule that makes this safe: <em>nothing is ever written into a file that may be linked</em>. Every
 * write of the work folder and the output folder makes a new file ({@code CREATE_NEW}; a path written already
 * is replaced by a rename, see {@code OutputSync.put} and {@code Precompressor}), so the previous site's copy
 * is never changed, even before the swap, and a failed build leaves it whole.
 */
final class PreviousFiles {
    /** Makes {@code link} a new name of {@code existing}: {@link Files#createLink}; the tests make it fail. */
    interface Linker {
        void link(Path link, Path existing) throws IOException;
    }

    static volatile Linker linker = Files::createLink;

    /** What a file this build writes looks like: the marker's owner, group and permission bits. */
    private record Expected(int uid, int gid, int mode) {}

    private static final int S_IFMT = 0170000;
    private static final int S_IFREG = 0100000;
    private static final String ATTRIBUTES = "unix:mode,uid,gid,nlink,size,ino,dev,lastModifiedTime";

    private final Path previous;
    private final Expected expected;
    /** Set after a failure that every later link would meet too (another file system, no hard links). */
    private volatile boolean off;

    private PreviousFiles(Path previous, Expected expected) {
        this.previous = previous;
        this.expected = expected;
    }

    /** The files of {@code previous} (the output folder) as seen from {@code work}, whose marker is written. */
    static PreviousFiles of(Path previous, Path work) {
        Expected e = null;
        try {
            if (Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS)) {
                Map<String, Object> a = Files.readAttributes(work.resolve(OutputFolder.MARKER), "unix:mode,uid,gid",
                        LinkOption.NOFOLLOW_LINKS);
                e = new Expected((Integer) a.get("uid"), (Integer) a.get("gid"), (Integer) a.get("mode") & 07777);
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException ignored) {
            // no "unix" view (not a Unix system): every file is written
        }
        return new PreviousFiles(previous, e);
    }

    /** None: every file is written. */
    static PreviousFiles none() {
        return new PreviousFiles(null, null);
    }

    /** Whether any file may be linked (there is a previous site, on a Unix file system, and no link failed). */
    boolean active() {
        return expected != null && !off;
    }

    /**
     * Links the previous site's file at {@code path} to {@code fresh} if it holds {@code bytes}, a generated file
     * or a page's {@code html} in UTF-8; returns whether it did. A page whose HTML holds a lone surrogate is not
     * linked: {@code getBytes} made it {@code ?}, and writing it fails, as it did before files were linked.
     */
    boolean link(String path, Path fresh, byte[] bytes, String html) {
        Map<String, Object> a = candidate(path, bytes.length, expected == null ? 0 : expected.mode());
        if (a == null) return false;
        try {
            if (!Arrays.equals(Files.readAllBytes(previous.resolve(path)), bytes)) return false;
        } catch (IOException | OutOfMemoryError e) {
            return false;
        }
        if (html != null && !encodes(html, bytes)) return false;
        return linkNow(path, fresh, a);
    }

    /**
     * Whether {@code bytes}, {@code html.getBytes(UTF_8)}, are its exact encoding: getBytes makes a lone surrogate
     * {@code ?}, so only a page whose bytes hold a {@code ?} needs a look at its characters.
     */
    static boolean encodes(String html, byte[] bytes) {
        boolean question = false;
        for (byte b : bytes) {
            if (b == '?') {
                question = true;
                break;
            }
        }
        if (!question) return true;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < html.length() && Character.isLowSurrogate(html.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return false;
        }
        return true;
    }

    /**
     * The same for a file copied from {@code source}: linked if the previous site's file has its bytes and the
     * permissions its copy would get (the source's, less what the umask takes; a source with more than read and
     * write bits is always copied, since the umask's execute bits are not known).
     */
    boolean linkCopy(String path, Path fresh, Path source) {
        if (expected == null || off) return false;
        try {
            Map<String, Object> s = Files.readAttributes(source, "unix:mode,size");
            int mode = (Integer) s.get("mode") & 07777;
            if ((mode & ~0666) != 0) return false;
            Map<String, Object> a = candidate(path, (Long) s.get("size"), mode & expected.mode());
            if (a == null) return false;
            if (Files.mismatch(source, previous.resolve(path)) != -1) return false;
            return linkNow(path, fresh, a);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The previous file's attributes if it may be taken over (regular, one name, size and owner right); else null. */
    private Map<String, Object> candidate(String path, long size, int mode) {
        if (expected == null || off) return null;
        try {
            Map<String, Object> a = Files.readAttributes(previous.resolve(path), ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            int m = (Integer) a.get("mode");
            if ((m & S_IFMT) != S_IFREG || (m & 07777) != mode) return null;
            if ((Integer) a.get("nlink") != 1 || (Long) a.get("size") != size) return null;
            if ((Integer) a.get("uid") != expected.uid() || (Integer) a.get("gid") != expected.gid()) return null;
            return a;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Links, then checks that the new name is the very file that was compared, unchanged since (else it is removed
     * and the file written).
     */
    private boolean linkNow(String path, Path fresh, Map<String, Object> before) {
        Path old = previous.resolve(path);
        try {
            Files.createDirectories(fresh.getParent());
            linker.link(fresh, old);
        } catch (FileAlreadyExistsException e) {
            return false; // written already in this build: replaced by a write
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            off = true; // EXDEV, EPERM, no hard links: the same for every file of this build
            return false;
        }
        try {
            Map<String, Object> a = Files.readAttributes(fresh, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            if (a.get("ino").equals(before.get("ino")) && a.get("dev").equals(before.get("dev"))
                    && a.get("size").equals(before.get("size")) && a.get("mode").equals(before.get("mode"))
                    && ((FileTime) a.get("lastModifiedTime")).equals(before.get("lastModifiedTime"))) {
                return true;
            }
        } catch (IOException | RuntimeException e) {
            // removed below
        }
        try {
            Files.deleteIfExists(fresh);
        } catch (IOException e) {
            off = true;
        }
        return false;
    }
}
