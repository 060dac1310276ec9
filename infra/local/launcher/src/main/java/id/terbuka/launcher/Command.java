package id.terbuka.launcher;

public enum Command {
    UP, STOP, STATUS, RESTART, HELP
}
