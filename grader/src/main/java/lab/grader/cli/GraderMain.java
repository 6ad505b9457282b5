package lab.grader.cli;
public final class GraderMain { public static void main(String[] args) {} }
