package lab.grader.cli;

/** Input the grader cannot work with; its message is printed as is, exit code 2. */
final class BadInputException extends Exception {
    BadInputException(String message) {
        super(message);
    }
}
