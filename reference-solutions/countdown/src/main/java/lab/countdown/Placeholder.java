package lab.countdown;
public class Placeholder {}
