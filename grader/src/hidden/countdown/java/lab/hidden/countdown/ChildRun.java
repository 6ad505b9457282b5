package lab.hidden.countdown;

import java.io.Serializable;
import java.util.ArrayList;

/** What a child JVM sends back: who it was, and the ticks its copy of the task reported there. */
record ChildRun(long pid, ArrayList<String> ticks) implements Serializable {
}
