package lab.cpuvsio;
public class Placeholder {}
