import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { GraphNode, NODE_RADIUS } from './GraphNode';
import { layoutTree } from './layout';
import { allGoals } from './treeModel';
import type { GoalNode } from './types';
import { useElementSize } from './useElementSize';
import { ensureVisible, fitView, panBy, viewForKey, zoomAt, ZOOM_STEP, type View } from './viewport';

interface GoalGraphProps {
  root: GoalNode;
  selectedId: string | null;
  /** Goals kept bright by the lineage filter; null when nothing is dimmed. */
  lineage: ReadonlySet<string> | null;
  onSelect: (id: string) => void;
}

/** A pointer that moved less than this between down and up clicked (selects) rather than dragged (pans). */
const DRAG_THRESHOLD = 4;

/** Edges leave a parent below its name and level, so they never cross its label. */
const EDGE_START = NODE_RADIUS + 40;

function edgePath(x1: number, y1: number, x2: number, y2: number): string {
  const start = y1 + EDGE_START;
  const end = y2 - NODE_RADIUS;
  const midY = (start + end) / 2;
  return `M${x1} ${start} C${x1} ${midY} ${x2} ${midY} ${x2} ${end}`;
}

/**
 * The goal tree as an SVG graph: a tidy top-down layout, pan by dragging or with the arrow keys, zoom with the
 * wheel, the +/− buttons or keys, and Fit. Until the user pans or zooms, the view fits the whole tree.
 */
export function GoalGraph({ root, selectedId, lineage, onSelect }: GoalGraphProps) {
  const hintId = useId();
  const frame = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const size = useElementSize(frame);
  const layout = useMemo(() => layoutTree(root), [root]);
  const goals = useMemo(() => new Map(allGoals(root).map((goal) => [goal.id, goal])), [root]);
  const places = useMemo(() => new Map(layout.nodes.map((node) => [node.id, node])), [layout]);
  // null: fitted (follows the tree's and the frame's size) until the user moves the view.
  const [userView, setUserView] = useState<View | null>(null);
  const view = userView ?? fitView({ width: layout.width, height: layout.height }, size);
  const drag = useRef<{ pointerId: number; x: number; y: number; moved: boolean } | null>(null);
  const suppressClick = useRef(false);

  const onWheel = useEffectEvent((event: WheelEvent) => {
    event.preventDefault();
    const box = svg.current?.getBoundingClientRect();
    const factor = event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP;
    setUserView(zoomAt(view, factor, event.clientX - (box?.left ?? 0), event.clientY - (box?.top ?? 0)));
  });

  // React's onWheel is passive, and the page must not scroll while the wheel zooms the graph.
  useEffect(() => {
    const element = svg.current;
    if (!element) {
      return;
    }
    const listener = (event: WheelEvent) => onWheel(event);
    element.addEventListener('wheel', listener, { passive: false });
    return () => element.removeEventListener('wheel', listener);
  }, []);

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) {
      return;
    }
    drag.current = { pointerId: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
    suppressClick.current = false;
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const current = drag.current;
    if (current?.pointerId !== event.pointerId) {
      return;
    }
    const dx = event.clientX - current.x;
    const dy = event.clientY - current.y;
    if (!current.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
      return;
    }
    if (!current.moved) {
      current.moved = true;
      event.currentTarget.setPointerCapture(event.pointerId);
    }
    drag.current = { ...current, x: event.clientX, y: event.clientY, moved: true };
    setUserView(panBy(view, dx, dy));
  };

  const endDrag = (event: PointerEvent<SVGSVGElement>) => {
    if (drag.current?.pointerId === event.pointerId) {
      suppressClick.current = drag.current.moved;
      drag.current = null;
    }
  };

  const select = (id: string) => {
    // A drag that ended on a node is not a click on it.
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    onSelect(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.key === '0') {
      event.preventDefault();
      setUserView(null);
      return;
    }
    const next = viewForKey(view, event.key, size);
    if (next) {
      event.preventDefault();
      setUserView(next);
    }
  };

  const zoomButton = (factor: number) => setUserView(zoomAt(view, factor, size.width / 2, size.height / 2));

  const bright = (id: string) => lineage === null || lineage.has(id);

  return (
    <div className="goal-graph">
      <div className="graph-controls" role="toolbar" aria-label="Zoom">
        <button type="button" className="secondary" onClick={() => zoomButton(ZOOM_STEP)} aria-label="Zoom in">
          +
        </button>
        <button type="button" className="secondary" onClick={() => zoomButton(1 / ZOOM_STEP)} aria-label="Zoom out">
          −
        </button>
        <button type="button" className="secondary" onClick={() => setUserView(null)}>
          Fit
        </button>
        <span className="graph-zoom muted" aria-live="polite">
          {Math.round(view.scale * 100)}%
        </span>
      </div>
      <div
        ref={frame}
        className="graph-frame"
        role="group"
        aria-label="Goal tree graph"
        aria-describedby={hintId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="goal-graph"
      >
        <svg
          ref={svg}
          className="graph-svg"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
        >
          <g transform={`translate(${view.x} ${view.y}) scale(${view.scale})`}>
            {layout.edges.map(({ from, to }) => {
              const a = places.get(from);
              const b = places.get(to);
              if (!a || !b) {
                return null;
              }
              const dim = !(bright(from) && bright(to));
              return <path key={to} className={`graph-edge${dim ? ' is-dimmed' : ''}`} d={edgePath(a.x, a.y, b.x, b.y)} />;
            })}
            {layout.nodes.map((place) => {
              const goal = goals.get(place.id);
              return (
                goal && (
                  <GraphNode
                    key={place.id}
                    goal={goal}
                    x={place.x}
                    y={place.y}
                    selected={place.id === selectedId}
                    dimmed={!bright(place.id)}
                    onSelect={select}
                    onFocusNode={(x, y) => {
                      const next = ensureVisible(view, x, y, size);
                      if (next !== view) {
                        setUserView(next);
                      }
                    }}
                  />
                )
              );
            })}
          </g>
        </svg>
      </div>
      <p id={hintId} className="graph-hint muted">
        Drag or use the arrow keys to pan, the wheel or + and − to zoom, 0 to fit. Tab moves between goals; Enter
        selects one.
      </p>
    </div>
  );
}
