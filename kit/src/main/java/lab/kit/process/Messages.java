package lab.kit.process;

import java.io.Serializable;

/** What parent and worker say to each other, one message per frame. */
final class Messages {
    private Messages() {
    }

    sealed interface Message extends Serializable permits Hello, Request, Cancel, Reply {
    }

    /** First frame of a worker: it is up and ready for tasks. */
    record Hello(long pid) implements Message {
    }

    /** Run the serialised task; answer with a {@link Reply} of the same id. */
    record Request(long id, byte[] task) implements Message {
    }

    /** Interrupt the task with this id if it is still running. */
    record Cancel(long id) implements Message {
    }

    /**
     * The outcome of a request: on success {@code value} holds the serialised result; on failure
     * {@code thrown} holds the serialised exception when it could be serialised, and
     * {@code description} always describes it.
     */
    record Reply(long id, boolean ok, byte[] value, byte[] thrown, RemoteTaskException description)
            implements Message {
    }
}
