package org.fractalgoals.query.note;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A page of notes; {@code nextCursor} is null on the last page. */
@Schema(example = """
        {"items": [{"id": "c5d6e7f8-0910-4213-9435-465768798a9b", "context": "instance",
        "contextId": "6f708192-a3b4-4c56-9e7f-809102132435", "sessionId": "5e6f7081-92a3-4b45-8d6e-7f8091021324",
        "text": "Left hand lags at the turn", "createdAt": "2026-03-01T09:11:00Z", "updatedAt": "2026-03-01T09:11:00Z",
        "version": 1}], "nextCursor": null}""")
public record NotePage(List<NoteView> items, String nextCursor) {
}
