import { useEffect, useId, useReducer, useRef, useState, type SubmitEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { formFieldErrors } from '../activities/common/fieldErrors';
import { FormField, FormProblem, FieldMessage } from '../ui/FormField';
import { useWrite } from '../activities/common/write';
import type { Activity, ActivityGroup } from '../api/activities';
import { createTemplate, editTemplate } from './api';
import { SectionEditor } from './SectionEditor';
import {
  DESCRIPTION_MAX,
  NAME_MAX,
  SECTIONS_MAX,
  draftFromTemplate,
  emptyDraft,
  templateDraftFields,
  templateDraftReducer,
  totalMinutes,
  validateTemplateDraft,
  type TemplateDraftAction,
} from './templateDraft';
import type { Template } from './types';

interface TemplateBuilderProps {
  fractalId: string;
  /** The template to edit; a new one when left out. */
  template?: Template;
  activities: readonly Activity[];
  groups: readonly ActivityGroup[];
  onSaved: () => void;
  onCancel: () => void;
}

/** Builds a template: named sections with planned minutes and the activities to practise in order. */
export function TemplateBuilder({ fractalId, template, activities, groups, onSaved, onCancel }: TemplateBuilderProps) {
  const api = useApi();
  const write = useWrite();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [draft, dispatch] = useReducer(templateDraftReducer, template, (initial) =>
    initial ? draftFromTemplate(initial) : emptyDraft(),
  );
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const serverErrors = formFieldErrors(write.error, templateDraftFields(draft));
  const errors = { ...serverErrors, ...clientErrors };

  const change = (action: TemplateDraftAction) => {
    dispatch(action);
    setClientErrors({});
    write.clearError();
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateTemplateDraft(draft);
    if (!result.ok) {
      setClientErrors(result.errors);
      return;
    }
    const saved = await write.run(() =>
      template
        ? editTemplate(api, fractalId, template, result.request)
        : createTemplate(api, write.keys, fractalId, result.request),
    );
    if (saved) {
      onSaved();
    }
  };

  return (
    <form
      className="plan-form template-builder"
      aria-labelledby={`${id}-title`}
      noValidate
      data-testid="template-builder"
      onSubmit={(event) => void submit(event)}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {template ? `Edit ${template.name}` : 'New template'}
      </h2>
      <FormField label="Template name" error={errors.name}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            maxLength={NAME_MAX}
            value={draft.name}
            onChange={(event) => change({ type: 'text', field: 'name', value: event.target.value })}
          />
        )}
      </FormField>
      <FormField label="Description" optional error={errors.description}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={DESCRIPTION_MAX}
            value={draft.description}
            onChange={(event) => change({ type: 'text', field: 'description', value: event.target.value })}
          />
        )}
      </FormField>

      <div className="sections-head">
        <h3>Sections</h3>
        <p className="muted" aria-live="polite" data-testid="template-total">
          Total planned: {totalMinutes(draft)} min
        </p>
      </div>
      <FieldMessage message={errors.sections} />
      {draft.sections.map((section, index) => (
        <SectionEditor
          key={section.key}
          section={section}
          index={index}
          sections={draft.sections}
          activities={activities}
          groups={groups}
          errors={errors}
          dispatch={change}
        />
      ))}
      {draft.sections.length < SECTIONS_MAX && (
        <button type="button" className="secondary" onClick={() => change({ type: 'addSection' })}>
          Add section
        </button>
      )}

      <FormProblem error={write.error} unplaced={serverErrors['']} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={write.pending} aria-busy={write.pending || undefined}>
          {template ? 'Save template' : 'Create template'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
