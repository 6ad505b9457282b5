package lab.eventloop;
public class Placeholder {}
