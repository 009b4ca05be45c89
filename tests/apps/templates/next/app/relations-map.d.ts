import type { RelationsMapAttributes } from 'relations-map';

// The README's JSX typing: every attribute in its string or typed form.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'relations-map': React.DetailedHTMLProps<React.HTMLAttributes<HTMLElement>, HTMLElement> &
        RelationsMapAttributes;
    }
  }
}
