/**
 * @jest-environment jsdom
 */
/** SPEC section 8, "The pane says which applies": the task pane over the simulator at each ExcelApi level. */
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { UI } from '../../src/core/locales/pane';
import { ExcelGateway } from '../../src/excel/gateway';
import { ExcelSimulator } from '../../src/sim/excelSim';
import { loadPlan } from '../../src/sim/load';
import { samplePlan } from '../../src/sample/sample';

// jsdom has no ResizeObserver (Fluent uses it), as in tests/taskpane/setup.ts
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;

function pane(apiVersion: number): void {
  const sim = new ExcelSimulator({ apiVersion });
  loadPlan(sim, samplePlan(true));
  const gw = new ExcelGateway(
    (b) => sim.run((ctx) => b(ctx as unknown as Excel.RequestContext)),
    (n, v) => sim.isSetSupported(n, v),
  );
  render(<App gateway={gw} />);
}

const t = UI.id;

describe('8 · "Requirement sets … The pane says which applies."', () => {
  it('ExcelApi 1.18: notes, nothing to say', async () => {
    pane(18);
    await screen.findByText('Sheet aktif: RAPK 2025');
    expect(screen.queryByText(t.noteMode.comments)).toBeNull();
    expect(screen.queryByText(t.noteMode.none)).toBeNull();
  });

  it('ExcelApi 1.10–1.17: the pane says marks are fills and comments', async () => {
    pane(17);
    expect(await screen.findByText(t.noteMode.comments)).toBeInTheDocument();
  });

  it('ExcelApi 1.9: the pane says marks are fills only and the messages are in the pane', async () => {
    pane(9);
    expect(await screen.findByText(t.noteMode.none)).toBeInTheDocument();
  });

  it('below ExcelApi 1.9: the pane says Excel is too old and the commands are disabled', async () => {
    pane(8);
    expect(await screen.findByText(t.unsupported)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Validasi/ })).toHaveAttribute('aria-disabled', 'true');
  });
});
