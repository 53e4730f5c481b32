package org.fractalgoals.query.template;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.fractalgoals.events.template.FindTemplate;
import org.fractalgoals.events.template.FindTemplates;
import org.fractalgoals.platform.errors.NotFoundException;
import org.fractalgoals.platform.security.CurrentUser;
import org.fractalgoals.query.consistency.ReadModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@RequestMapping("/api/v1/fractals/{fractalId}/templates")
@ReadModel(TemplateProjection.GROUP)
class TemplateQueryController {

    private final QueryGateway queries;

    TemplateQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    TemplatePage templates(@PathVariable UUID fractalId,
                           @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
                           @RequestParam(required = false) String cursor) {
        return queries.query(new FindTemplates(CurrentUser.id(), fractalId, limit, cursor), TemplatePage.class).join();
    }

    @GetMapping("/{templateId}")
    ResponseEntity<TemplateView> template(@PathVariable UUID fractalId, @PathVariable UUID templateId) {
        TemplateView view = queries.query(new FindTemplate(CurrentUser.id(), fractalId, templateId),
                                          ResponseTypes.optionalInstanceOf(TemplateView.class))
                                   .join()
                                   .orElseThrow(() -> new NotFoundException("Template"));
        return ResponseEntity.ok().eTag("\"" + view.version() + "\"").body(view);
    }
}
