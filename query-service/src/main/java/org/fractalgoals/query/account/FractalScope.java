package org.fractalgoals.query.account;

import org.fractalgoals.events.account.AccountEvent;
import org.fractalgoals.events.activity.ActivityEvent;
import org.fractalgoals.events.activity.ActivityGroupEvent;
import org.fractalgoals.events.goal.GoalEvent;
import org.fractalgoals.events.note.NoteEvent;
import org.fractalgoals.events.personaldata.OwnedEvent;
import org.fractalgoals.events.program.ProgramEvent;
import org.fractalgoals.events.session.SessionEvent;
import org.fractalgoals.events.template.TemplateEvent;

import java.util.UUID;

/** Which fractal an owned event belongs to; the events of each aggregate kind say it in their own interface. */
final class FractalScope {

    private FractalScope() {
    }

    /** The event's fractal, or null for events outside any fractal (the account's) and of unknown kinds. */
    static UUID of(OwnedEvent event) {
        return switch (event) {
            case GoalEvent e -> e.fractalId();
            case ActivityEvent e -> e.fractalId();
            case ActivityGroupEvent e -> e.fractalId();
            case TemplateEvent e -> e.fractalId();
            case SessionEvent e -> e.fractalId();
            case NoteEvent e -> e.fractalId();
            case ProgramEvent e -> e.fractalId();
            case AccountEvent e -> null;
            // An aggregate of a kind added later is still indexed (and exported in the history) without a fractal.
            default -> null;
        };
    }
}
