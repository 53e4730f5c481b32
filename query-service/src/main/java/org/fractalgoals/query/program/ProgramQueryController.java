package org.fractalgoals.query.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.fractalgoals.events.program.FindActiveProgramDays;
import org.fractalgoals.events.program.FindProgram;
import org.fractalgoals.events.program.FindPrograms;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.errors.RuleViolationException;
import org.fractalgoals.platform.security.CurrentUser;
import org.fractalgoals.query.consistency.ReadModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/programs")
@ReadModel({ProgramProjection.GROUP, "goal-tree"})
class ProgramQueryController {

    private final QueryGateway queries;
    private final Clock clock;

    ProgramQueryController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    ProgramPage programs(@PathVariable UUID fractalId,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                         @RequestParam(required = false) String cursor) {
        return queries.query(new FindPrograms(CurrentUser.id(), fractalId, limit, cursor), ProgramPage.class).join();
    }

    /** {@code date} defaults to today (UTC). */
    @GetMapping("/active-days")
    ActiveProgramDays activeDays(@PathVariable UUID fractalId, @RequestParam(required = false) String date,
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                                 @RequestParam(required = false) String cursor) {
        LocalDate day;
        try {
            day = date == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("date", "Invalid date format");
        }
        return queries.query(new FindActiveProgramDays(CurrentUser.id(), fractalId, day, limit, cursor),
                             ActiveProgramDays.class).join();
    }

    @GetMapping("/{programId}")
    ResponseEntity<ProgramView> program(@PathVariable UUID fractalId, @PathVariable UUID programId) {
        ProgramView view = queries.query(new FindProgram(CurrentUser.id(), fractalId, programId),
                                         ResponseTypes.optionalInstanceOf(ProgramView.class))
                                  .join()
                                  .orElseThrow(() -> new NotFoundException("Program"));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }
}
