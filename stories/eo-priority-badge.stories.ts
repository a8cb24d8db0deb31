import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@eoffice/components';
import type { Priority } from '@eoffice/components';

interface Args {
  priority: Priority;
}

/**
 * `<eo-priority-badge>` shows the priority marking of a file or receipt — सामान्य, तत्काल,
 * अति तत्काल — in the page's language. Switch the language and theme in the toolbar.
 */
const meta: Meta<Args> = {
  title: 'Components/Priority badge',
  component: 'eo-priority-badge',
  tags: ['autodocs'],
  argTypes: {
    priority: { control: 'inline-radio', options: ['normal', 'immediate', 'most_immediate'] },
  },
  args: { priority: 'immediate' },
  render: ({ priority }) => html`<eo-priority-badge priority=${priority}></eo-priority-badge>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Normal: Story = { args: { priority: 'normal' } };
export const Immediate: Story = { args: { priority: 'immediate' } };
export const MostImmediate: Story = { args: { priority: 'most_immediate' } };

/** All three markings side by side, as a legend on a portal page. */
export const Legend: Story = {
  render: () => html`
    <eo-priority-badge priority="normal"></eo-priority-badge>
    <eo-priority-badge priority="immediate"></eo-priority-badge>
    <eo-priority-badge priority="most_immediate"></eo-priority-badge>
  `,
};

/** Themed by a portal through the documented custom properties. */
export const Themed: Story = {
  args: { priority: 'most_immediate' },
  render: ({ priority }) => html`
    <div
      style="--eo-priority-most-immediate-bg: #7a0010; --eo-priority-most-immediate-fg: #ffffff; --eo-radius: 0.2em"
    >
      <eo-priority-badge priority=${priority}></eo-priority-badge>
    </div>
  `,
};
