package lab.spawn;
public class Placeholder {}
