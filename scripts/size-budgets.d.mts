export const BUDGETS: {
  element: number;
  editorReader: number;
  editingCoreLazy: number;
  sdk: number;
  cdnEager: number;
};
export function measureSizes(options?: {
  cdn?: boolean;
}): Promise<{ name: string; value: number; budget: number; unit: 'KB' }[]>;
