package lab.kit;
class Placeholder {}
