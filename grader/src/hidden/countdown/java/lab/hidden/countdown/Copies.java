package lab.hidden.countdown;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

/** Sends an object across the boundary a process pool uses: Java serialisation, in this JVM. */
final class Copies {
    private Copies() {
    }

    /**
     * A copy of {@code task} made the way a process pool makes it, or an {@link AssertionError} that
     * tells the student why it cannot travel.
     */
    static <T> T acrossAProcessBoundary(T task) {
        byte[] bytes;
        var out = new ByteArrayOutputStream();
        try (var objects = new ObjectOutputStream(out)) {
            objects.writeObject(task);
        } catch (NotSerializableException e) {
            String culprit = e.getMessage();
            throw new AssertionError(culprit.equals(task.getClass().getName())
                    ? "A CountdownTask cannot be sent to another process: " + culprit + " is not serialisable. "
                            + "A process pool or child JVM gets a copy of the task, made with Java serialisation "
                            + "(Python pickles it): CountdownTask must implement java.io.Serializable"
                    : "A CountdownTask cannot be sent to another process: it holds a " + culprit
                            + ", which is not serialisable. Keep only serialisable state in the task (numbers, a "
                            + "Duration, a serialisable list; a lock made with new Object(), a Consumer, a "
                            + "PrintStream or a Thread cannot travel), or mark what can be rebuilt as transient",
                    e);
        } catch (IOException e) {
            throw new AssertionError("A CountdownTask could not be serialised to go to another process: " + e, e);
        }
        bytes = out.toByteArray();
        try (var objects = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            @SuppressWarnings("unchecked")
            T copy = (T) objects.readObject();
            return copy;
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError("A serialised CountdownTask could not be read back, as another process would "
                    + "read it: " + e, e);
        }
    }
}
