package lab.protocols;
public class Placeholder {}
