package lab.daemon; public class Placeholder {}
