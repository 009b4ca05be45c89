'use client';

import { useEffect } from 'react';

// The README's recipe: a client component that loads the package in an effect, so the server never defines it.
export default function RelationsMapClient() {
  useEffect(() => {
    void import('relations-map');
  }, []);
  return (
    <relations-map
      year="2017"
      zoom="5"
      center="101.7,3.1"
      loading="eager"
      style={{ width: 800, height: 500 }}
    />
  );
}
