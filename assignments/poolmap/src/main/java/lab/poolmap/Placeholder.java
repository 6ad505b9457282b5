package lab.poolmap;
public class Placeholder {}
