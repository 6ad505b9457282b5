package lab.threads; public class Placeholder {}
