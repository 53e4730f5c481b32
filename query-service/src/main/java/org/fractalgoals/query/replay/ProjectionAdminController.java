package org.fractalgoals.query.replay;

import io.swagger.v3.oas.annotations.media.Schema;
import org.fractalgoals.platform.errors.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/** Operators' view of the read models and their rebuilds; the security configuration admits role admin only. */
@RestController
@RequestMapping("/api/v1/admin/projections")
class ProjectionAdminController {

    private final ProjectionOverview overview;
    private final Replays replays;

    ProjectionAdminController(ProjectionOverview overview, Replays replays) {
        this.overview = overview;
        this.replays = replays;
    }

    @GetMapping
    ProjectionList projections() {
        return new ProjectionList(overview.all());
    }

    @PostMapping("/{name}/replay")
    ResponseEntity<ReplayProgress> replay(@PathVariable String name) {
        ReplayProgress started = replays.start(name);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                             .location(ServletUriComponentsBuilder.fromCurrentRequest().build().toUri())
                             .body(started);
    }

    @GetMapping("/{name}/replay")
    ReplayProgress progress(@PathVariable String name) {
        return replays.progress(name).orElseThrow(() -> new NotFoundException("Replay"));
    }

    @DeleteMapping("/{name}/replay")
    ReplayProgress cancel(@PathVariable String name) {
        return replays.cancel(name);
    }

    /** Every read model: one entry each, so the list is bounded by the code, not by users' data, and not paged. */
    @Schema(example = """
            {"items": [{"name": "goal-tree", "position": 120000, "lag": 0, "status": "RUNNING",
            "segments": 1}, {"name": "sessions", "position": 48000, "lag": 72000, "status": "REPLAYING",
            "segments": 1}]}""")
    record ProjectionList(List<ProjectionStatus> items) {
    }
}
