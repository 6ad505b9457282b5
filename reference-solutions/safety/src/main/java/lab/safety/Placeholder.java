package lab.safety;
public class Placeholder {}
