package org.fractalgoals.bench;

/** The commands of the realistic mix, in the order a user practising sends them. */
enum CommandKind {
    CREATE_GOAL("create goal"),
    CREATE_SESSION("create session"),
    ADD_INSTANCE("add instance"),
    START_TIMER("start timer"),
    STOP_TIMER("stop timer"),
    RECORD_SETS("record sets"),
    COMPLETE_SESSION("complete session");

    final String label;

    CommandKind(String label) {
        this.label = label;
    }
}
