import { InstancesView } from '../features/instances/components/instances-view.tsx';
import { Layout } from './layout.tsx';
import { AppProviders } from './providers.tsx';
import { useRegion } from './use-region.ts';

function InstancesPage() {
  const { region } = useRegion();
  return <InstancesView region={region} />;
}

export function App() {
  return (
    <AppProviders>
      <Layout>
        <InstancesPage />
      </Layout>
    </AppProviders>
  );
}
