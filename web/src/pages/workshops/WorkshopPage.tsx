import { PageHeader } from '../../components/common.tsx';

export default function WorkshopPage() {
  return <PageHeader title="WorkshopPage" />;
}
