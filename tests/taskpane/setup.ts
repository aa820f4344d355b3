import '@testing-library/jest-dom';

// jsdom has no ResizeObserver (Fluent's ProgressBar and Accordion use it); browsers do.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;
(window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;
