package lab.kit.process;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;

/** Length-prefixed frames of Java-serialised objects. */
final class Frames {
    /** Larger frames are refused: a corrupted length must not allocate gigabytes. */
    static final int MAX_FRAME = 512 * 1024 * 1024;

    private Frames() {
    }

    static byte[] serialize(Object value) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    static Object deserialize(byte[] bytes, ClassLoader loader) throws IOException, ClassNotFoundException {
        try (var in = new LoaderObjectInputStream(new ByteArrayInputStream(bytes), loader)) {
            return in.readObject();
        }
    }

    /** Writes one frame; the caller synchronises writers of the same stream. */
    static void write(DataOutputStream out, Messages.Message message) throws IOException {
        byte[] bytes = serialize(message);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    /**
     * Reads one frame.
     *
     * @throws EOFException when the stream ended (the other side is gone)
     */
    static Messages.Message read(DataInputStream in, ClassLoader loader) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("corrupted channel: frame length " + length
                    + " (did something write to the worker's original stdout?)");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("frame cut short after " + bytes.length + " of " + length + " bytes");
        }
        try {
            return (Messages.Message) deserialize(bytes, loader);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("corrupted channel: " + e, e);
        }
    }

    /** Resolves classes through a given loader first (the submitter's context class loader). */
    private static final class LoaderObjectInputStream extends ObjectInputStream {
        private final ClassLoader loader;

        LoaderObjectInputStream(InputStream in, ClassLoader loader) throws IOException {
            super(in);
            this.loader = loader;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            if (loader != null) {
                try {
                    return Class.forName(desc.getName(), false, loader);
                } catch (ClassNotFoundException ignored) {
                    // primitives and classes the loader does not see: the default lookup below
                }
            }
            return super.resolveClass(desc);
        }
    }
}
