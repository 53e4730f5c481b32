package org.fractalgoals.query.deadletter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' view of the events the live projections could not handle; the security configuration admits role admin
 * only. Listings carry ids, types and causes, never payloads (they hold personal data).
 */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
class DeadLetterAdminController {

    private final DeadLetters deadLetters;

    DeadLetterAdminController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    DeadLetters.Page list(@RequestParam(required = false) String readModel,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                          @RequestParam(required = false) String cursor) {
        return deadLetters.list(readModel, limit, cursor);
    }

    /** Retries every sequence of the read model, the longest-waiting first. */
    @PostMapping("/{readModel}/retry")
    DeadLetters.RetryResult retryAll(@PathVariable String readModel) {
        return deadLetters.retryAll(readModel);
    }

    @PostMapping("/{readModel}/{sequenceId}/retry")
    DeadLetters.RetryResult retry(@PathVariable String readModel, @PathVariable String sequenceId) {
        return deadLetters.retry(readModel, sequenceId);
    }

    /** Drops a sequence's letters for good: their events are never applied to the read model. */
    @DeleteMapping("/{readModel}/{sequenceId}")
    ResponseEntity<Void> evict(@PathVariable String readModel, @PathVariable String sequenceId) {
        deadLetters.evict(readModel, sequenceId);
        return ResponseEntity.noContent().build();
    }
}
