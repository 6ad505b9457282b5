package lab.futures;
public class Placeholder {}
